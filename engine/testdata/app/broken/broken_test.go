package broken

import "testing"

func TestX(t *testing.T) { _ = X }
