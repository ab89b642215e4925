#!/usr/bin/env node
// Entry point of `npm start`, `npm run dev` and `npm test`: checks Node, then runs the
// TypeScript command in ../src/cli through tsx.
"use strict"
require("./check-node.cjs")
var path = require("path")
var url = require("url")
var command = process.argv[2] || "start"
import("tsx/esm/api")
  .then(function (tsx) {
    tsx.register()
    return import(url.pathToFileURL(path.join(__dirname, "..", "src", "cli", command + ".ts")).href)
  })
  .catch(function (error) {
    console.error(error && error.message ? error.message : error)
    process.exit(1)
  })
