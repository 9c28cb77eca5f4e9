// Shim for ncursesw: see DESIGN.md "The terminal". SwiftPM drops pkg-config's -D flags,
// so the wide-character API must be switched on here before the include.
#ifndef NNBOOK_CNCURSESW_SHIM_H
#define NNBOOK_CNCURSESW_SHIM_H
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>
#endif
