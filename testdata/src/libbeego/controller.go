package libbeego

import (
	"github.com/beego/beego/v2/server/web"
)

// MainController is a beego controller: apps set cookies through the embedded
// web.Controller's Ctx (a *context.Context) and SetSecureCookie.
type MainController struct {
	web.Controller
}

// Get sets cookies the ways beego controllers do (controller.go:772-774 forwards
// SetSecureCookie to the context, whose others are positional, output.go:91-167).
func (c *MainController) Get() {
	c.Ctx.SetCookie("lang", "en")                                                   // want `context\.Context\.SetCookie "lang" has no secure argument` `context\.Context\.SetCookie "lang" has no httponly argument` `context\.Context\.SetCookie "lang" has no samesite argument`
	c.Ctx.SetCookie("lang", "en", 3600, "/", "", true, true, "Lax")                 // ok: all set
	c.Ctx.Output.Cookie("theme", "dark", 3600, "/", "", false, true, "Strict")      // want `BeegoOutput\.Cookie "theme" sets (?i)secure.* to false`
	c.SetSecureCookie("s3cret", "uid", "42")                                        // want `web\.Controller\.SetSecureCookie "uid" has no secure argument` `web\.Controller\.SetSecureCookie "uid" has no httponly argument` `web\.Controller\.SetSecureCookie "uid" has no samesite argument`
	c.SetSecureCookie("s3cret", "uid", "42", 3600, "/", "", true, true, "Lax")      // ok: all set
	c.SetSecureCookie("s3cret", "uid", "42", 3600, "/", "", true, false)            // want `web\.Controller\.SetSecureCookie "uid" has no samesite argument` `web\.Controller\.SetSecureCookie "uid" sets httponly argument to false`
	c.SetSecureCookie("s3cret", "auth", "42", 86400*30, "/", "", true, true, "Lax") // want `session cookie web\.Controller\.SetSecureCookie "auth" lives 30d`
	c.SetSecureCookie("s3cret", "auth", "", -1)                                     // ok: deletion
}
