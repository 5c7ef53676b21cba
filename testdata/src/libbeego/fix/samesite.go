package fix

import (
	"net/http"

	"github.com/beego/beego/v2/server/web/session"
)

func sameSite() {
	session.NewManagerConfig(session.CfgSetCookie(true), session.CfgSecure(true), session.CfgSameSite(http.SameSiteDefaultMode))        // want `sets .*CfgSameSite.* to http.SameSiteDefaultMode`
	session.NewManager("memory", &session.ManagerConfig{EnableSetCookie: true, Secure: true, CookieSameSite: http.SameSiteDefaultMode}) // want `sets CookieSameSite to http.SameSiteDefaultMode`
}
