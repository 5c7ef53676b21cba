// Stub of github.com/gorilla/securecookie@v1.1.2: only the API cookiecheck reads.

// Package securecookie is a stub: the gorilla stores hold []Codec, and the
// codec max age (server-side expiry) defaults to 30 days.
package securecookie

import (
	"crypto/cipher"
	"hash"
)

// Codec is copied from securecookie.go:116.
type Codec interface {
	Encode(name string, value interface{}) (string, error)
	Decode(name, value string, dst interface{}) error
}

// New sets maxAge 86400*30 and maxLength 4096 (securecookie.go:135-151).
func New(hashKey, blockKey []byte) *SecureCookie {
	return &SecureCookie{
		hashKey:   hashKey,
		blockKey:  blockKey,
		maxAge:    86400 * 30,
		maxLength: 4096,
		sz:        GobEncoder{},
	}
}

// SecureCookie is copied field for field from securecookie.go:155-168.
type SecureCookie struct {
	hashKey   []byte
	hashFunc  func() hash.Hash
	blockKey  []byte
	block     cipher.Block
	maxLength int
	maxAge    int64
	minAge    int64
	err       error
	sz        Serializer
	timeFunc  func() int64
}

// Serializer is copied from securecookie.go:172.
type Serializer interface {
	Serialize(src interface{}) ([]byte, error)
	Deserialize(src []byte, dst interface{}) error
}

// GobEncoder is the default Serializer.
type GobEncoder struct{}

func (e GobEncoder) Serialize(src interface{}) ([]byte, error)     { panic("stub") }
func (e GobEncoder) Deserialize(src []byte, dst interface{}) error { panic("stub") }

// MaxAge sets the codec max age; 0 disables the timestamp check.
func (s *SecureCookie) MaxAge(value int) *SecureCookie {
	s.maxAge = int64(value)
	return s
}

func (s *SecureCookie) MaxLength(value int) *SecureCookie { s.maxLength = value; return s }

func (s *SecureCookie) Encode(name string, value interface{}) (string, error) { panic("stub") }

func (s *SecureCookie) Decode(name, value string, dst interface{}) error { panic("stub") }

// GenerateRandomKey returns a random key (nil in the stub).
func GenerateRandomKey(length int) []byte { return nil }

// CodecsFromPairs builds one SecureCookie per key pair (securecookie.go:547).
func CodecsFromPairs(keyPairs ...[]byte) []Codec {
	codecs := make([]Codec, len(keyPairs)/2+len(keyPairs)%2)
	for i := 0; i < len(keyPairs); i += 2 {
		var blockKey []byte
		if i+1 < len(keyPairs) {
			blockKey = keyPairs[i+1]
		}
		codecs[i/2] = New(keyPairs[i], blockKey)
	}
	return codecs
}
