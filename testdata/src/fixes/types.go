package fixes

import "net/http"

// Cookies lets other files write cookie literals without importing net/http.
type Cookies []*http.Cookie
