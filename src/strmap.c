/* strmap: a string-keyed hash map (see strmap.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "xalloc.h"

uint32_t
strmap_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u;	/* FNV-1a */
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static struct strmap_slot *
find(const struct strmap *m, const char *key, size_t len, uint32_t h)
{
	size_t i = h & (m->cap - 1);

	for (;;) {
		struct strmap_slot *s = &m->slots[i];

		if (s->key == NULL ||
		    (s->hash == h && s->len == len &&
		    memcmp(s->key, key, len) == 0))
			return s;
		i = (i + 1) & (m->cap - 1);
	}
}

void *
strmap_get(const struct strmap *m, const char *key, size_t len, uint32_t h)
{
	struct strmap_slot *s;

	if (m->count == 0)
		return NULL;
	s = find(m, key, len, h);
	return s->key != NULL ? s->value : NULL;
}

static void
rehash(struct strmap *m)
{
	struct strmap old = *m;
	size_t i;

	m->cap = old.cap ? old.cap * 2 : 64;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	for (i = 0; i < old.cap; i++)
		if (old.slots[i].key != NULL)
			*find(m, old.slots[i].key, old.slots[i].len,
			    old.slots[i].hash) = old.slots[i];
	free(old.slots);
}

void **
strmap_put(struct strmap *m, const char *key, size_t len)
{
	return &strmap_put_slot(m, key, len)->value;
}

struct strmap_slot *
strmap_put_slot(struct strmap *m, const char *key, size_t len)
{
	uint32_t h = strmap_hash(key, len);
	struct strmap_slot *s;

	if ((m->count + 1) * 2 > m->cap)
		rehash(m);
	s = find(m, key, len, h);
	if (s->key == NULL) {
		s->key = xstrndup(key, len);
		s->len = len;
		s->hash = h;
		s->value = NULL;
		m->count++;
	}
	return s;
}

void
strmap_free(struct strmap *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		free(m->slots[i].key);
	free(m->slots);
	memset(m, 0, sizeof(*m));
}

void
strmap_free_values(struct strmap *m, void (*free_value)(void *))
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		if (m->slots[i].value != NULL)
			free_value(m->slots[i].value);
	strmap_free(m);
}
