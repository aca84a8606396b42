"""Entry point for `python -m commune_desk` and the `commune-desk` console script."""

import sys


def main(argv=None) -> int:
    # The CLI decides whether a window is needed; it imports Qt only then.
    from commune_desk.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
