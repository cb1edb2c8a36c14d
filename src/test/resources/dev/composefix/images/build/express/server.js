'use strict';
const express = require('express');
const client = require('./lib/client');

const app = express();

// app.get('/healthz', ...) lived here before
app.get('/health', (req, res) => res.send('ok'));
app.get('/orders/:id', (req, res) => res.json({}));

const port = process.env.PORT || 3001;
app.listen(port, () => console.log('listening on', port));
