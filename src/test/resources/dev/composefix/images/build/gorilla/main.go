package main

import (
	"net/http"

	"github.com/gorilla/mux"
)

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/__heartbeat__", heartbeat).Methods("GET")
	srv := &http.Server{Addr: ":8094", Handler: r}
	srv.ListenAndServe()
}
