// Stub of github.com/beego/beego/v2@v2.3.10: only the API cookiecheck reads.

package web

import (
	"github.com/beego/beego/v2/server/web/context"
)

// Controller lists the leading fields of controller.go:107-135; apps embed it
// and set cookies through c.Ctx (a *context.Context) or SetSecureCookie.
type Controller struct {
	Ctx  *context.Context
	Data map[interface{}]interface{}
}

// GetSecureCookie reads a signed cookie (controller.go:767).
func (c *Controller) GetSecureCookie(Secret, key string) (string, bool) {
	return c.Ctx.GetSecureCookie(Secret, key)
}

// SetSecureCookie forwards to Ctx.SetSecureCookie (controller.go:772-774): the
// others are the positional cookie settings of (*BeegoOutput).Cookie.
func (c *Controller) SetSecureCookie(Secret, name, value string, others ...interface{}) {
	c.Ctx.SetSecureCookie(Secret, name, value, others...)
}
