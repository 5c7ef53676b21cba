// Package frameworkconf leaves turning sessions on to app.conf (sessionon = true): the
// explicit settings made in code are judged, the defaults are not.
package frameworkconf

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
)

func configure() {
	web.BConfig.WebConfig.Session.SessionName = "app_sid"                          // ok: no default is judged without SessionOn in code
	web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteDefaultMode // want `sets WebConfig.Session.SessionCookieSameSite to http.SameSiteDefaultMode, which sends no SameSite attribute`
	web.BConfig.WebConfig.Session.SessionDisableHTTPOnly = true                    // want `sets WebConfig.Session.SessionDisableHTTPOnly to true`
}

func laxOnly() {
	web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteLaxMode // ok
}
