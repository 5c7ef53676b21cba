// Package app builds the stores of package wrappers.
package app

import (
	"net/http"

	"wrappers"

	"github.com/gorilla/sessions"
)

func configured() *wrappers.Store {
	st := wrappers.NewStore("app") // ok: its default options are replaced below
	st.Options(sessions.Options{Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	return st
}

func kept() *wrappers.Store {
	return wrappers.NewStore("kept") // want `wrappers.NewStore's default options \(store.go:18\) has no Secure` `has no HttpOnly` `has no SameSite` `lives 30d`
}

var global *wrappers.Store

func init() {
	global = wrappers.NewStore("global") // ok: replaced in setup
}

func setup(o sessions.Options) { global.Options(o) }
