#!/bin/sh
# Renders an office's news list, with its pictures, as one static HTML file from Meridian's public API:
#   ./news.sh [api] [office] [lang] > news.html
# Needs curl and jq. Every page of the list is read (following "next"); each item shows its hero image
# (or its first image) with a srcset of the API's renditions. No token: it reads live content only.
set -eu
api=${1:-http://localhost:8080}
office=${2:-gambia}
lang=${3:-en}
url="$api/api/v1/offices/$office/content?lang=$lang&type=news&include=media&size=50"

printf '<!doctype html>\n<html lang="%s"><meta charset="utf-8"><title>News of %s</title>\n' "$lang" "$office"
printf '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
printf '<style>body{font:16px/1.5 sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem}img{width:100%%;height:auto}</style>\n'
printf '<h1>News</h1>\n'
while [ -n "$url" ]; do
  page=$(curl -fsS "$url")
  printf '%s' "$page" | jq -r --arg api "$api" '
    .items[]
    | ((.media // []) as $m | ($m | map(select(.role == "hero"))) + ($m | map(select(.kind == "IMAGE"))) | first) as $img
    | "<article>"
      + (if $img then "<img src=\"\($img.url | @html)\" srcset=\"\(($img.srcset // "") | @html)\" sizes=\"42rem\" alt=\"\($img.alt | @html)\" width=\"\($img.width)\" height=\"\($img.height)\" loading=\"lazy\">" else "" end)
      + "<h2><a href=\"\(($api + .url) | @html)\">\(.title | @html)</a></h2>"
      + "<p>\((.summary // "") | @html)</p></article>"'
  url=$(printf '%s' "$page" | jq -r '.next // empty')
done
