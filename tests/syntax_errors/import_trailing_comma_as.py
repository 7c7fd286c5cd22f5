from json import loads as parse, dumps as render,
