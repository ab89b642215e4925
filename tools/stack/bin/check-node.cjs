// Plain CommonJS with old syntax on purpose: it must run, and explain, on an unsupported Node.
"use strict"
var parts = process.versions.node.split(".").map(Number)
if (parts[0] < 20 || (parts[0] === 20 && parts[1] < 11) || parts[0] > 22) {
  console.error(
    "\nThis project needs Node.js 20.11 or newer (20.x or 22.x); this is Node " +
      process.versions.node +
      ".\nInstall Node 20 LTS (for example with `nvm install 20`) and run the command again.\n",
  )
  process.exit(1)
}
