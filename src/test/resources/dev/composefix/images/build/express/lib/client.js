const axios = require('axios');

// A client calls another service's health route: that is no route of this app.
module.exports = () => axios.get('/health');
