// Stub of github.com/gofiber/fiber/v3@v3.1.0: only the API cookiecheck reads.

// Package extractors is a stub: the session and csrf configs hold an
// Extractor.
package extractors

import (
	"errors"

	"github.com/gofiber/fiber/v3"
)

// Source is copied from extractors.go:38.
type Source int

const (
	SourceHeader Source = iota
	SourceAuthHeader
	SourceForm
	SourceQuery
	SourceParam
	SourceCookie
	SourceCustom
)

var ErrNotFound = errors.New("value not found")

// Extractor is copied from extractors.go:67-73.
type Extractor struct {
	Extract    func(fiber.Ctx) (string, error)
	Key        string      // The parameter/header name used for extraction
	AuthScheme string      // The auth scheme used, e.g., "Bearer"
	Chain      []Extractor // For chained extractors, stores all extractors in the chain
	Source     Source      // The type of source being extracted from
}

func FromCookie(key string) Extractor {
	return Extractor{
		Extract: func(c fiber.Ctx) (string, error) { return c.Cookies(key), nil },
		Key:     key,
		Source:  SourceCookie,
	}
}

func FromHeader(header string) Extractor {
	return Extractor{
		Extract: func(c fiber.Ctx) (string, error) { return c.Get(header), nil },
		Key:     header,
		Source:  SourceHeader,
	}
}

func FromForm(param string) Extractor {
	return Extractor{
		Extract: func(c fiber.Ctx) (string, error) { return c.FormValue(param), nil },
		Key:     param,
		Source:  SourceForm,
	}
}

func FromQuery(param string) Extractor {
	return Extractor{
		Extract: func(c fiber.Ctx) (string, error) { return c.Query(param), nil },
		Key:     param,
		Source:  SourceQuery,
	}
}

func Chain(extractors ...Extractor) Extractor {
	return Extractor{Chain: extractors}
}
