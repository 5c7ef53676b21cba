package analyzer

import (
	"go/types"
	"slices"
	"strings"
)

// globalCarriers records the carriers of shapeGlobal rows: a library's package variable
// whose settings make a cookie once the package turns the feature on with a constant true
// (web.BConfig.WebConfig.Session.SessionOn = true). The carrier is judged at the first such
// assignment, with every assignment to the variable's fields in the package as sources.
func (c *checker) globalCarriers() {
	for _, row := range globalRows {
		v, ok := lookupObject(c.pass.Pkg, row.pkg, row.name).(*types.Var)
		if !ok {
			continue
		}
		enabledBy := strings.Split(row.enabledBy, ".")
		var inst *instance
		for _, fa := range c.assigns[v] {
			if inst == nil {
				// The feature may be on in a configuration file (beego's app.conf): the
				// explicit settings made in code are judged even so, not the defaults.
				inst = &instance{model: row, at: fa.lhs, file: c.fileOf(fa.lhs.Pos()), bound: binding{obj: v}, explicitOnly: true}
			}
			if !slices.Equal(fieldNames(fa.path), enabledBy) {
				continue
			}
			if on, ok := constBool(c.pass.TypesInfo, fa.rhs); ok && on {
				inst = &instance{model: row, at: fa.lhs, file: c.fileOf(fa.lhs.Pos()), bound: binding{obj: v}}
				break
			}
		}
		if inst != nil {
			c.carriers = append(c.carriers, inst)
		}
	}
}
