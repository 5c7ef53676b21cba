package fixes

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func withHTTP(c *gin.Context) {
	if c.Query("x") != "" {
		c.SetCookie("session_id", "v", 3600, "/", "", true, true) // want `SetCookie.*SameSite`
	}
}

func defaultMode(c *gin.Context) {
	c.SetSameSite(http.SameSiteDefaultMode) // want `SetSameSite.*SameSiteDefaultMode|SetCookie.*SameSite`
	c.SetCookie("session_id", "v", 3600, "/", "", true, true)
}

func nested(c *gin.Context) {
	switch c.Query("mode") {
	case "a":
		c.SetCookie("a", "v", 0, "/", "", true, true) // want `SetCookie.*SameSite`
	}
}
