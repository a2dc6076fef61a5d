#!/bin/sh
# Regenerate the build system from configure.ac and Makefile.am.
# AM_ICONV needs gettext's config.rpath in the aux folder.
set -e
cd "$(dirname "$0")"
mkdir -p build-aux m4
for d in /usr/share/gettext /usr/local/share/gettext; do
	if [ -f "$d/config.rpath" ]; then
		cp "$d/config.rpath" build-aux/
		break
	fi
done
[ -f build-aux/config.rpath ] || {
	echo "autogen.sh: config.rpath not found; install gettext" >&2
	exit 1
}
autoreconf -fi
