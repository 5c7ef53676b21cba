// This file has no package clause: go list gives the package no name.

import "net/http"

var c = &http.Cookie{Name: "x"}
