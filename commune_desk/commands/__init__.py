"""CLI subcommands, one module per area; each has register(subparsers, common) and cheap imports."""


def add_command(sub, common, name: str, help_text: str, handler, **kwargs):
    """Create a subcommand parser that accepts the global options and remembers its handler and name."""
    parser = sub.add_parser(name, parents=[common], help=help_text, description=help_text, **kwargs)
    # prog is "commune-desk records import": the command's full name without the program.
    parser.set_defaults(handler=handler, command_name=parser.prog.split(" ", 1)[-1])
    return parser


def add_group(sub, common, name: str, help_text: str):
    """A command with its own subcommands (profile show|set, office trust …)."""
    parser = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
    inner = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)
    return inner
