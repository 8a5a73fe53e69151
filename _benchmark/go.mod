module github.com/pith-go/pith/_benchmark

go 1.26.0

replace github.com/pith-go/pith => ../

require github.com/stretchr/testify v1.12.1

require (
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)

require (
	github.com/pith-go/pith v0.0.0-00010101000000-000000000000
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
