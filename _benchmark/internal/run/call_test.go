package run

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCall(t *testing.T) {
	res := Call(time.Second, func() (Output, error) {
		time.Sleep(10 * time.Millisecond)
		return Output{Title: "T", Text: "body"}, nil
	})
	require.NoError(t, res.Err)
	assert.Equal(t, Output{Title: "T", Text: "body"}, res.Output)
	assert.GreaterOrEqual(t, res.Dur, 10*time.Millisecond)
}

func TestCallError(t *testing.T) {
	boom := errors.New("boom")
	res := Call(time.Second, func() (Output, error) {
		return Output{Text: "partial"}, boom
	})
	assert.ErrorIs(t, res.Err, boom)
	assert.Equal(t, Output{}, res.Output, "output dropped on error")
}

func TestCallPanic(t *testing.T) {
	res := Call(time.Second, func() (Output, error) {
		var m map[string]int
		m["x"] = 1
		return Output{Text: "never"}, nil
	})
	require.Error(t, res.Err)
	assert.Contains(t, res.Err.Error(), "run: panic: assignment to entry in nil map")
	assert.Equal(t, Output{}, res.Output)
}

func TestCallTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	start := time.Now()
	res := Call(20*time.Millisecond, func() (Output, error) {
		<-release
		return Output{Text: "late"}, nil
	})
	assert.ErrorIs(t, res.Err, ErrTimeout)
	assert.Equal(t, 20*time.Millisecond, res.Dur)
	assert.Equal(t, Output{}, res.Output)
	assert.Less(t, time.Since(start), time.Second)
}

func TestStackTop(t *testing.T) {
	assert.Equal(t, []byte("short"), stackTop([]byte("short")))
	assert.Len(t, stackTop(make([]byte, 5000)), 2000)
}
