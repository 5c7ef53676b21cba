package libgorilla

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// Package-level stores, configured in init() (this file) or in another file (configure.go).

var InitStore = sessions.NewCookieStore(key) // ok: configured in init()

func init() {
	InitStore.Options.HttpOnly = true
	InitStore.Options.SameSite = http.SameSiteLaxMode
	InitStore.MaxAge(3600)
}

var OtherFileStore = sessions.NewFilesystemStore("", key) // ok: configured in configure.go

var ReplacedElsewhere = sessions.NewFilesystemStore("", key) // ok: Options replaced in configure.go

var Unconfigured = sessions.NewCookieStore(key) // want `NewCookieStore.*HttpOnly` `NewCookieStore.*SameSite` `NewCookieStore.*max-age`

var PartlyConfigured = sessions.NewFilesystemStore("", key) // want `NewFilesystemStore.*SameSite` `NewFilesystemStore.*max-age`

var (
	storeA = sessions.NewCookieStore(key) // ok: configured in configure.go
	storeB = sessions.NewCookieStore(key) // want `NewCookieStore.*HttpOnly` `NewCookieStore.*SameSite` `NewCookieStore.*max-age`
)
