"""The book: its build (`build`), the mdBook preprocessors that check its includes and write
its tables (`includes`, `imports`, `versions`, `bench_tables`, `tidy`), the link check
(`links`), and the browser that serves and loads its pages (`browser`)."""
