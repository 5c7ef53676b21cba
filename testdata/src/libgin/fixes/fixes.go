package fixes

import (
	"fmt"

	"github.com/gin-gonic/gin"
)

const off = false

// This file does not import net/http: the SetSameSite fix adds it.
func login(c *gin.Context) {
	fmt.Println("login")
	c.SetCookie("prefs", "v", 3600, "/", "", false, off) // want `SetCookie.*\b[sS]ecure\b` `SetCookie.*(httpOnly|HttpOnly)` `SetCookie.*SameSite`
}
