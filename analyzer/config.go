package analyzer

import (
	"flag"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Flag names. They double as the JSON keys of Config, so the command line, go vet, nogo and
// golangci-lint settings share one vocabulary. None collides with a driver flag.
const (
	FlagDisable          = "disable"
	FlagMaxAge           = "max-age"
	FlagSessionNames     = "session-names"
	FlagIncludeTests     = "include-tests"
	FlagUnusedDirectives = "unused-directives"
	FlagGroupByLine      = "group-by-line"
)

// Categories, one per diagnostic.
const (
	CategorySecure   = "secure"
	CategoryHTTPOnly = "httponly"
	CategorySameSite = "samesite"
	CategoryExpiry   = "expiry"
	CategoryPrefix   = "prefix"
	CategoryConfig   = "config"
)

// Categories lists every category of findings in report order: those -disable can switch off
// and //cookiecheck:ignore can name.
var Categories = []string{CategorySecure, CategoryHTTPOnly, CategorySameSite, CategoryExpiry, CategoryPrefix, CategoryConfig}

// CategoryDirective is the category of diagnostics about //cookiecheck:ignore directives
// themselves: an unknown category or directive name, and (unless -unused-directives=false) a
// directive that silences nothing. It is not in Categories: -disable cannot switch it off,
// because a typo that silently suppressed findings is what it reports.
const CategoryDirective = "directive"

// DefaultSessionNames matches the names of session-bearing cookies (RULES.md).
const DefaultSessionNames = `(?i)sess|auth|token|jwt|login|remember|^sid$|[-_.]sid$|^sid[-_.]`

// DefaultMaxAge is Django's SESSION_COOKIE_AGE: two weeks.
const DefaultMaxAge = 14 * 24 * time.Hour

// Config is the analyzer's configuration. Its JSON keys equal the flag names.
type Config struct {
	// Disable lists categories not to report.
	Disable []string `json:"disable"`
	// MaxAge is the longest lifetime allowed for a session-bearing cookie.
	MaxAge Duration `json:"max-age"`
	// SessionNames is a regular expression matching session-bearing cookie names.
	SessionNames string `json:"session-names"`
	// IncludeTests also reports findings in _test.go files.
	IncludeTests bool `json:"include-tests"`
	// UnusedDirectives reports //cookiecheck:ignore directives that silence nothing.
	UnusedDirectives bool `json:"unused-directives"`
	// GroupByLine merges the diagnostics of each line into one that lists them all and
	// carries one fix with all their edits, for drivers that show one issue per line
	// (golangci-lint's default issues.uniq-by-line). The golangci-lint plugin turns it on.
	GroupByLine bool `json:"group-by-line"`
}

// DefaultConfig returns the configuration used by Analyzer.
func DefaultConfig() Config {
	return Config{MaxAge: Duration(DefaultMaxAge), SessionNames: DefaultSessionNames, UnusedDirectives: true}
}

// Validate reports the first invalid setting.
func (c Config) Validate() error {
	for _, cat := range c.Disable {
		if err := checkCategory(cat); err != nil {
			return fmt.Errorf("%s: %v", FlagDisable, err)
		}
	}
	if c.MaxAge <= 0 {
		return fmt.Errorf("%s: must be positive, got %s", FlagMaxAge, c.MaxAge)
	}
	if _, err := regexp.Compile(c.SessionNames); err != nil {
		return fmt.Errorf("%s: %v", FlagSessionNames, err)
	}
	return nil
}

// enabled reports whether diagnostics of category cat are wanted.
func (c *Config) enabled(cat string) bool { return !slices.Contains(c.Disable, cat) }

// bindFlags registers the configuration's flags; each value is validated when parsed.
func (c *Config) bindFlags(fs *flag.FlagSet) {
	fs.Var((*categoryList)(&c.Disable), FlagDisable,
		"comma-separated `categories` not to report: "+strings.Join(Categories, ","))
	fs.Var(&c.MaxAge, FlagMaxAge,
		"longest lifetime of a session-bearing cookie, as a Go `duration` (336h) or in days (14d)")
	fs.Var((*regexpString)(&c.SessionNames), FlagSessionNames,
		"`regexp` matching the names of session-bearing cookies")
	fs.BoolVar(&c.IncludeTests, FlagIncludeTests, c.IncludeTests, "also report findings in _test.go files")
	fs.BoolVar(&c.UnusedDirectives, FlagUnusedDirectives, c.UnusedDirectives,
		"report //cookiecheck:ignore directives that silence nothing")
	fs.BoolVar(&c.GroupByLine, FlagGroupByLine, c.GroupByLine,
		"merge the findings of each line into one diagnostic with one fix (for golangci-lint's uniq-by-line; on in the plugin)")
}

// checkCategory reports whether cat can be given to -disable.
func checkCategory(cat string) error {
	if cat == CategoryDirective {
		return fmt.Errorf("category %q cannot be disabled: fix the directive it reports, or set -%s=false for unused ones", cat, FlagUnusedDirectives)
	}
	if !slices.Contains(Categories, cat) {
		return fmt.Errorf("unknown category %q (want one of %s)", cat, strings.Join(Categories, ", "))
	}
	return nil
}

// Duration is a time.Duration that also parses a whole number of days ("14d").
type Duration time.Duration

// ParseDuration parses a Go duration or a number of days such as "14d".
func ParseDuration(s string) (Duration, error) {
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseInt(days, 10, 64)
		if err != nil || n <= 0 || n > 100*365 {
			return 0, fmt.Errorf("invalid number of days %q", s)
		}
		return Duration(time.Duration(n) * 24 * time.Hour), nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("invalid duration %q (want e.g. 336h or 14d)", s)
	}
	if d <= 0 {
		return 0, fmt.Errorf("duration %q must be positive", s)
	}
	return Duration(d), nil
}

func (d Duration) String() string {
	td := time.Duration(d)
	switch {
	case td > 0 && td%(24*time.Hour) == 0:
		return fmt.Sprintf("%dd", td/(24*time.Hour))
	case td > 0 && td%time.Hour == 0:
		return fmt.Sprintf("%dh", td/time.Hour)
	}
	return td.String()
}

// Set implements flag.Value.
func (d *Duration) Set(s string) error {
	v, err := ParseDuration(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// UnmarshalText lets JSON and YAML settings use the flag's syntax.
func (d *Duration) UnmarshalText(b []byte) error { return d.Set(string(b)) }

// MarshalText is the inverse of UnmarshalText.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// seconds returns the duration in whole seconds.
func (d Duration) seconds() int64 { return int64(time.Duration(d) / time.Second) }

// categoryList is the flag.Value of -disable.
type categoryList []string

func (l *categoryList) String() string { return strings.Join(*l, ",") }

func (l *categoryList) Set(s string) error {
	var cats []string
	for _, cat := range strings.Split(s, ",") {
		cat = strings.TrimSpace(cat)
		if cat == "" {
			continue
		}
		if err := checkCategory(cat); err != nil {
			return err
		}
		cats = append(cats, cat)
	}
	*l = cats
	return nil
}

// regexpString is the flag.Value of -session-names: a string that must compile.
type regexpString string

func (r *regexpString) String() string { return string(*r) }

func (r *regexpString) Set(s string) error {
	if _, err := regexp.Compile(s); err != nil {
		return err
	}
	*r = regexpString(s)
	return nil
}
