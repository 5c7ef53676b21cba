package analyzer

// This file holds cookiecheck's library knowledge as data: one row per carrier (a struct type,
// a function or method with positional cookie arguments, an option function, or a constructor
// whose result carries library defaults). Each row says where every attribute lives and what
// the library does when it is not set. Defaults cite the library source (see
// ../shared/libraries.md in the project's workplace).

// attr is a cookie attribute a carrier can hold.
type attr int

const (
	attrName attr = iota
	attrSecure
	attrHTTPOnly
	attrSameSite
	attrMaxAge   // seconds; < 0 deletes
	attrExpires  // time.Time
	attrLifetime // time.Duration
	attrPath
	attrDomain
	attrPartitioned
	attrSessionOnly // true: no Max-Age/Expires are sent (fiber)
	numAttrs
)

var attrNames = [numAttrs]string{"Name", "Secure", "HttpOnly", "SameSite", "MaxAge", "Expires", "Lifetime", "Path", "Domain", "Partitioned", "SessionOnly"}

func (a attr) String() string { return attrNames[a] }

// valueKind says how an attribute's value is read.
type valueKind int

const (
	kindBool         valueKind = iota
	kindBoolInverted           // true means the attribute is off (beego DisableHTTPOnly)
	kindString
	kindSameSiteEnum   // an integer type whose package declares SameSite{Default,Lax,Strict,None}Mode
	kindSameSiteString // fiber: "Lax", "Strict", "None", "disabled", case-insensitive; other = Lax
	kindSeconds
	kindDuration
	kindTime
)

// shape is how a carrier appears in source.
type shape int

const (
	shapeStruct shape = iota // composite literal, new(T), var x T, then field assignments
)

// sameSiteDefault is what a carrier sends when SameSite is not set.
type sameSiteDefault int

const (
	sameSiteNotSent sameSiteDefault = iota
	sameSiteLax
	sameSiteNone
)

// sessionKind says whether a carrier holds a session, and so whether expiry is checked.
type sessionKind int

const (
	sessionByName sessionKind = iota // when its constant name matches -session-names
	sessionAlways
	sessionNever
)

// location says where an attribute lives in a carrier.
type location struct {
	field string    // struct field, in the library's spelling
	kind  valueKind // how its value is read
}

// defaults are what the library does for attributes the user leaves unset.
type defaults struct {
	secure   bool
	httpOnly bool
	sameSite sameSiteDefault
	lifetime int64  // seconds; 0 is a browser-session cookie
	path     string // "" means no Path attribute is sent
}

// model is one row of the library table.
type model struct {
	pkg   string // import path
	name  string // type name
	shape shape
	// display names the carrier in messages, e.g. "http.Cookie".
	display string
	attrs   map[attr]location
	def     defaults
	// csrf carriers hold anti-CSRF tokens: exempt from httponly and expiry.
	csrf    bool
	session sessionKind
	// forcesSecure: the library sets Secure itself when SameSite is None.
	forcesSecure bool
}

// models is the library table.
var models = []*model{
	// net/http@go1.26.8 cookie.go:26-46; SameSite constants cookie.go:56-61. Unset fields are
	// zero: no Secure, no HttpOnly, no SameSite attribute, no Path, a browser-session cookie.
	{
		pkg: "net/http", name: "Cookie", shape: shapeStruct, display: "http.Cookie",
		attrs: map[attr]location{
			attrName:        {field: "Name", kind: kindString},
			attrSecure:      {field: "Secure", kind: kindBool},
			attrHTTPOnly:    {field: "HttpOnly", kind: kindBool},
			attrSameSite:    {field: "SameSite", kind: kindSameSiteEnum},
			attrMaxAge:      {field: "MaxAge", kind: kindSeconds},
			attrExpires:     {field: "Expires", kind: kindTime},
			attrPath:        {field: "Path", kind: kindString},
			attrDomain:      {field: "Domain", kind: kindString},
			attrPartitioned: {field: "Partitioned", kind: kindBool},
		},
	},
}

// modelPaths is the set of import paths the table mentions, for the fast path.
var modelPaths = func() map[string]bool {
	m := make(map[string]bool)
	for _, row := range models {
		m[row.pkg] = true
	}
	return m
}()

// structModel returns the row for the named struct type pkg.name, or nil.
func structModel(pkg, name string) *model {
	for _, row := range models {
		if row.shape == shapeStruct && row.pkg == pkg && row.name == name {
			return row
		}
	}
	return nil
}
