# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/test-windows.sh and scripts/ci-windows-installer.sh: makes the wine prefix $WINEPREFIX
# look like a student's Windows 10 as far as wine can. It reports Windows 10, and the fonts Windows has
# (Segoe UI, Microsoft YaHei for Chinese) are mapped to Debian's DejaVu Sans and WenQuanYi Micro Hei, so
# that screenshots show the app's layout with sans-serif text instead of wine's serif fallback.
prepare_wine_prefix() {
    [ -f "$WINEPREFIX/system.reg" ] && return 0
    mkdir -p "$(dirname "$WINEPREFIX")"
    WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" wine wineboot -i >/dev/null 2>&1 || true
    local key='HKCU\Software\Wine\Fonts\Replacements'
    {
        wine reg add 'HKCU\Software\Wine' /v Version /t REG_SZ /d win10 /f
        # A crashing test must end (and fail), not wait for someone to close wine's crash dialog.
        wine reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f
        for font in "Segoe UI" "Tahoma" "MS Shell Dlg" "MS Shell Dlg 2" "Arial" "Microsoft Sans Serif"; do
            wine reg add "$key" /v "$font" /t REG_SZ /d "DejaVu Sans" /f
        done
        for font in "Microsoft YaHei" "Microsoft YaHei UI" "SimSun" "NSimSun"; do
            wine reg add "$key" /v "$font" /t REG_SZ /d "WenQuanYi Micro Hei" /f
        done
    } >/dev/null 2>&1
    wineserver -w
}

# Starts the prefix's wineserver and wine's own services once, with no terminal or pipe attached. Otherwise
# the first test starts them, they inherit its output pipe, and CTest waits for that test until the last
# one has finished (the server outlives every client): one of the two test slots is lost for the whole run.
start_wine_services() {
    wineserver -p </dev/null >/dev/null 2>&1 || true
    WINEDEBUG=-all wine cmd /c exit </dev/null >/dev/null 2>&1 || true
    trap 'wineserver -k 2>/dev/null || true' EXIT
}
