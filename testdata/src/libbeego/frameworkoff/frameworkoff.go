// Package frameworkoff sets beego's session settings without a session cookie.
package frameworkoff

import (
	"github.com/beego/beego/v2/server/web"
)

func sessionsOff(on bool) {
	web.BConfig.WebConfig.Session.SessionName = "sid" // ok: sessions stay off (SessionOn defaults to false)
	web.BConfig.WebConfig.Session.SessionOn = on      // ok: not a constant: maybe on through app.conf, judged nowhere
}

func headerOnly() {
	web.BConfig.WebConfig.Session.SessionOn = true             // ok: no cookie is set (SessionAutoSetCookie false)
	web.BConfig.WebConfig.Session.SessionAutoSetCookie = false // ok
	web.BConfig.WebConfig.Session.SessionEnableSidInHTTPHeader = true
}
