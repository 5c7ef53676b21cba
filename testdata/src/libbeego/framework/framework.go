// Package framework turns beego's framework sessions on and leaves every cookie setting at
// its default (config.go:576-590): no Secure (Listen.EnableHTTPS false, hooks.go:56), no
// SameSite (SameSiteDefaultMode), HttpOnly on, a browser-session cookie.
package framework

import (
	"github.com/beego/beego/v2/server/web"
)

func main() {
	web.BConfig.WebConfig.Session.SessionOn = true // want `beego session \(web\.BConfig\) has no Listen\.EnableHTTPS` `beego session \(web\.BConfig\) has no WebConfig\.Session\.SessionCookieSameSite`
	web.BConfig.WebConfig.Session.SessionProvider = "file"
	web.BConfig.WebConfig.Session.SessionGCMaxLifetime = 86400 * 365 // ok: server-side only
	web.BConfig.WebConfig.Session.SessionDisableHTTPOnly = true      // want `beego session \(web\.BConfig\) sets WebConfig\.Session\.SessionDisableHTTPOnly to true`
	web.Run()
}
