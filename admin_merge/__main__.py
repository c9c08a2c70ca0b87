from admin_merge.cli import main

main()
