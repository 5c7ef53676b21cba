// Package frameworkset turns beego's framework sessions on and sets the cookie settings.
package frameworkset

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
)

func init() {
	web.BConfig.Listen.EnableHTTPS = true
	web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteLaxMode
	web.BConfig.WebConfig.Session.SessionName = "appsid"
}

func main() {
	web.BConfig.WebConfig.Session.SessionOn = true                                 // ok: Secure through EnableHTTPS, Lax, HttpOnly by default
	web.BConfig.WebConfig.Session.SessionCookieLifeTime = 86400 * 30               // want `session cookie beego session \(web\.BConfig\) "appsid" lives 30d`
	web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteDefaultMode // want `beego session \(web\.BConfig\) "appsid" sets WebConfig\.Session\.SessionCookieSameSite to http\.SameSiteDefaultMode, which sends no SameSite attribute`
	web.Run()
}
