package storetest

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/parallax-news/parallax"
)

func testStories(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	put(t, s, article(1), article(2), article(3))
	t.Run("create once per key", func(t *testing.T) {
		date := day
		first := &parallax.Story{Key: "event:valdoria", Title: "Valdoria bridge", Date: &date}
		created, err := s.Stories.CreateStory(ctx, first)
		if err != nil || !created || first.ID == "" || first.Created.IsZero() {
			t.Fatalf("CreateStory = %v, %v (story %+v), want created with an id", created, err, first)
		}
		again := &parallax.Story{Key: "event:valdoria", Title: "other title"}
		created, err = s.Stories.CreateStory(ctx, again)
		if err != nil || created || again.ID != first.ID || again.Title != "Valdoria bridge" || !again.Date.Equal(day) {
			t.Errorf("CreateStory(same key) = %v, %v, story %+v; want the first story %+v", created, err, again, first)
		}
	})
	t.Run("create errors", func(t *testing.T) {
		_, err := s.Stories.CreateStory(ctx, &parallax.Story{})
		wantCode(t, "CreateStory(empty key)", err, parallax.EINVALID)
		taken := &parallax.Story{ID: "s-taken", Key: "k1"}
		if _, err := s.Stories.CreateStory(ctx, taken); err != nil {
			t.Fatal(err)
		}
		_, err = s.Stories.CreateStory(ctx, &parallax.Story{ID: "s-taken", Key: "k2"})
		wantCode(t, "CreateStory(id of another key)", err, parallax.EINVALID)
		st, err := s.Stories.FindStoryByID(ctx, "nope")
		if st != nil {
			t.Errorf("FindStoryByID(nope) = %+v, want nil", st)
		}
		wantCode(t, "FindStoryByID(nope)", err, parallax.ENOTFOUND)
	})
	t.Run("articles", func(t *testing.T) {
		a := newStory(t, s, "a", "art-001")
		b := newStory(t, s, "b", "art-002")
		add := func(id string, m ...parallax.StoryMember) {
			t.Helper()
			if err := s.Stories.AddArticles(ctx, id, m); err != nil {
				t.Fatalf("AddArticles(%s): %v", id, err)
			}
		}
		add(a.ID, parallax.StoryMember{Article: "art-003", CopyOf: "art-001", Similarity: 0.9})
		add(a.ID, parallax.StoryMember{Article: "art-001"}) // already there: keeps its place
		add(a.ID, parallax.StoryMember{Article: "art-002"}) // moved from b
		got, err := s.Stories.FindStoryByID(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		wantCopies := []parallax.StoryCopy{{Article: "art-003", CopyOf: "art-001", Similarity: 0.9}}
		if want := []string{"art-001", "art-003", "art-002"}; !slices.Equal(got.Articles, want) || !reflect.DeepEqual(got.Copies, wantCopies) {
			t.Errorf("story a = %v copies %v, want %v copies %v", got.Articles, got.Copies, want, wantCopies)
		}
		if got.Updated.Before(got.Created) {
			t.Errorf("story a updated %v before created %v", got.Updated, got.Created)
		}
		if got, _ := s.Stories.FindStoryByID(ctx, b.ID); len(got.Articles) != 0 {
			t.Errorf("story b = %v after its article moved, want none", got.Articles)
		}
		if art, _ := s.Articles.FindArticleByID(ctx, "art-002"); art.Story != a.ID {
			t.Errorf("FindArticleByID(art-002).Story = %q, want %q", art.Story, a.ID)
		}
		wantCode(t, "AddArticles(missing story)", s.Stories.AddArticles(ctx, "nope", []parallax.StoryMember{{Article: "art-001"}}), parallax.ENOTFOUND)
		wantCode(t, "AddArticles(missing article)", s.Stories.AddArticles(ctx, a.ID, []parallax.StoryMember{{Article: "nope"}}), parallax.ENOTFOUND)
	})
}

func storyIDs(p *parallax.StoryPage) []string {
	ids := []string{}
	for _, s := range p.Stories {
		ids = append(ids, s.ID)
	}
	return ids
}

func testStorySearch(t *testing.T, open Open) {
	s, ctx := open(t), context.Background()
	var want []string
	for i := range 7 {
		put(t, s, article(i))
		date := day.Add(time.Duration(i) * 24 * time.Hour)
		st := &parallax.Story{ID: "story-" + string(rune('a'+i)), Key: article(i).ID, Date: &date}
		if _, err := s.Stories.CreateStory(ctx, st); err != nil {
			t.Fatal(err)
		}
		if err := s.Stories.AddArticles(ctx, st.ID, []parallax.StoryMember{{Article: article(i).ID}}); err != nil {
			t.Fatal(err)
		}
		want = append([]string{st.ID}, want...)
	}
	empty := &parallax.Story{ID: "story-empty", Key: "empty", Date: &day}
	if _, err := s.Stories.CreateStory(ctx, empty); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		f    parallax.StoryFilter
		want []string
	}{
		{"all with articles, newest first", parallax.StoryFilter{}, want},
		{"query matches an article", parallax.StoryFilter{Query: "tirrel"}, []string{"story-f"}},
		{"query with several words", parallax.StoryFilter{Query: "Lune Harbour Monday"}, []string{"story-e"}},
		{"no match", parallax.StoryFilter{Query: "glacier"}, []string{}},
		{"since until", parallax.StoryFilter{Since: day.Add(24 * time.Hour), Until: day.Add(72 * time.Hour)}, []string{"story-c", "story-b"}},
	}
	for _, c := range cases {
		page, err := s.Stories.FindStories(ctx, c.f)
		if err != nil {
			t.Errorf("%s: FindStories(%+v): %v", c.name, c.f, err)
			continue
		}
		if got := storyIDs(page); !slices.Equal(got, c.want) {
			t.Errorf("%s: FindStories(%+v) = %v, want %v", c.name, c.f, got, c.want)
		}
	}
	page, _ := s.Stories.FindStories(ctx, parallax.StoryFilter{Query: "tirrel"})
	if len(page.Stories) == 1 && !slices.Equal(page.Stories[0].Articles, []string{"art-005"}) {
		t.Errorf("FindStories(tirrel)[0].Articles = %v, want [art-005]", page.Stories[0].Articles)
	}
	t.Run("pages", func(t *testing.T) {
		var got []string
		f := parallax.StoryFilter{Limit: 3}
		for n := 0; n < 10; n++ {
			page, err := s.Stories.FindStories(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, storyIDs(page)...)
			if page.Next == "" {
				break
			}
			f.Cursor = page.Next
		}
		if !slices.Equal(got, want) {
			t.Errorf("paging by 3 = %v, want %v", got, want)
		}
		_, err := s.Stories.FindStories(ctx, parallax.StoryFilter{Cursor: "%%%"})
		wantCode(t, "FindStories(bad cursor)", err, parallax.EINVALID)
	})
}
