from quoteaudit.cli import main

main()
