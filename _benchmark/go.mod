module github.com/pith-go/pith/_benchmark

go 1.26.0

replace github.com/pith-go/pith => ../

require github.com/stretchr/testify v1.12.1

require go.yaml.in/yaml/v3 v3.0.5 // indirect
