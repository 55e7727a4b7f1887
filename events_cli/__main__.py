from events_cli.cli import app

if __name__ == "__main__":
    app(prog_name="events")
