import Fastify from 'fastify';

const fastify = Fastify();

fastify.get('/health', async () => ({ ok: true }));

fastify.route({
  method: 'GET',
  url: '/readiness',
  handler: async () => 'ready',
});

await fastify.listen({ port: 3003, host: '0.0.0.0' });
