require 'sinatra/base'

class App < Sinatra::Base
  get '/health' do
    'ok'
  end
end
