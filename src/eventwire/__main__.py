from eventwire.cli import main

# Guarded: a process started with multiprocessing's "spawn" (the server's analyzer)
# imports this module again as __mp_main__ and must not run the CLI a second time.
if __name__ == "__main__":
    raise SystemExit(main())
