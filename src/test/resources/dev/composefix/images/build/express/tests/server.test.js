const request = require('supertest');
const app = require('../server');

test('live', () => app.get('/livez'));
