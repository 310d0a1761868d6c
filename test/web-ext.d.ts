// web-ext ships no types; the package test uses only cmd.lint (typed where it is called).
declare module 'web-ext';
