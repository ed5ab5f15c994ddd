package web

import (
	"net/http"

	"github.com/parallax-news/parallax"
)

// healthResponse is the body of GET /healthz.
type healthResponse struct {
	Status string `json:"status"` // "ok"
	// Queue counts the pipeline's jobs by kind and state, so a caller sees
	// whether the workers keep up.
	Queue map[string]map[string]int `json:"queue"`
}

// health reports whether the database answers, with the queue's counts.
func (s *Server) health(w http.ResponseWriter, r *http.Request) error {
	resp := healthResponse{Status: "ok", Queue: map[string]map[string]int{}}
	for _, kind := range []string{parallax.JobAnnotate, parallax.JobAssign} {
		st, err := s.store.Queue.Stats(r.Context(), kind)
		if err != nil {
			return err
		}
		resp.Queue[kind] = st
	}
	writeJSON(w, http.StatusOK, resp)
	return nil
}
