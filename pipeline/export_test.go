package pipeline

// IsCommon reports whether w remembers search term q as common, for tests.
func (w *Worker) IsCommon(q string) bool { return w.common.has(q) }

// LearnCommon makes w remember q as common, for tests.
func (w *Worker) LearnCommon(q string) { w.common.add(q) }
