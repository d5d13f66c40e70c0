from policylens.cli import main

raise SystemExit(main())
