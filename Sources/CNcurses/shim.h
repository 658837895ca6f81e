#ifndef MEMTUTOR_CNCURSES_SHIM_H
#define MEMTUTOR_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE flags, so the wide-character API is enabled here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

#endif
