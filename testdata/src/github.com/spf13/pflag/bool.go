// Stub of github.com/spf13/pflag@v1.0.10: only the API cookiecheck reads.

// Package pflag is a stub of spf13/pflag: the boolean flag registrations of bool.go:49-93.
package pflag

// FlagSet is a set of flags; cobra's cmd.Flags() returns one.
type FlagSet struct{}

// Flag is a registered flag.
type Flag struct {
	Name string
}

func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {}

func (f *FlagSet) BoolVarP(p *bool, name, shorthand string, value bool, usage string) {}

func BoolVar(p *bool, name string, value bool, usage string) {}

func BoolVarP(p *bool, name, shorthand string, value bool, usage string) {}

func (f *FlagSet) Bool(name string, value bool, usage string) *bool { return new(bool) }

func (f *FlagSet) BoolP(name, shorthand string, value bool, usage string) *bool { return new(bool) }

func Bool(name string, value bool, usage string) *bool { return new(bool) }

func BoolP(name, shorthand string, value bool, usage string) *bool { return new(bool) }

func (f *FlagSet) Lookup(name string) *Flag { return nil }

func (f *FlagSet) Parse(arguments []string) error { return nil }
