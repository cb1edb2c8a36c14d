package main

import "net/http"

func main() {
	mux := http.NewServeMux()
	// mux.HandleFunc("/health", old)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("GET /livez", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8090", mux)
}
