"""The environment the sysbench scripts start sdanim in: a returning user in a fresh HOME (the
offline-emulator backend chosen, the welcome already seen, an empty history), on the X server the
calling shell script provides, like a desktop."""
import atexit, os, shutil, subprocess, tempfile, time


def returning_user_env(prefix, **extra):
    """os.environ pointed at a new HOME (a temporary folder named `prefix`...), plus `extra`."""
    home = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, home, True)
    os.makedirs(os.path.join(home, "config", "SD Animator"))
    with open(os.path.join(home, "config", "SD Animator", "sdanim.ini"), "w") as f:
        f.write("[General]\nbackend=emulator\n[ui]\nwelcomeShown=true\n")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"),
               QT_MEDIA_BACKEND="ffmpeg", **extra)
    env.pop("QT_QPA_PLATFORM", None)
    return env


def first_paint_ms(cmd, env):
    """Runs `cmd` (which prints "first-paint-ns <CLOCK_MONOTONIC ns>" on stderr, see
    ui/FirstPaintWatcher) and returns that stamp minus the clock read just before the start, in ms."""
    t0 = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
    p = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=60)
    for line in p.stderr.splitlines():
        if line.startswith("first-paint-ns "):
            return (int(line.split()[1]) - t0) / 1e6
    raise SystemExit("no first-paint line from %s (exit %d): %s" % (cmd[0], p.returncode, p.stderr[-800:]))
