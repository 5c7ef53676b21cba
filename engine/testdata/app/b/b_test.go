package b

import (
	"testing"

	"example.com/app/a"
)

func TestUse(t *testing.T) {
	a.MarkedSecure() // reported only with tests
	Use()
}
