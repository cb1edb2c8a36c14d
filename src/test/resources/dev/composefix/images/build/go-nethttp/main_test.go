package main

func TestHealth(t *testing.T) { http.HandleFunc("/testhealth", nil) }
